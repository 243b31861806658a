import Site from "./Site.json";
import Nav from "./Nav.json";
import Footer from "./Footer.json";
import Home from "./Home.json";
import Search from "./Search.json";
import Filters from "./Filters.json";
import Vocabulary from "./Vocabulary.json";
import Schedule from "./Schedule.json";
import Group from "./Group.json";
import Client from "./Client.json";
import HelpNow from "./HelpNow.json";
import Crisis from "./Crisis.json";
import CrisisLines from "./CrisisLines.json";
import Articles from "./Articles.json";
import NotFound from "./NotFound.json";
import Errors from "./Errors.json";
import About from "./About.json";
import Families from "./Families.json";
import Forms from "./Forms.json";
import Validation from "./Validation.json";
import Auth from "./Auth.json";
import Listing from "./Listing.json";
import Organiser from "./Organiser.json";
import Moderation from "./Moderation.json";
import Import from "./Import.json";
import Contact from "./Contact.json";
import Share from "./Share.json";
import Print from "./Print.json";
import Embed from "./Embed.json";
import OpenData from "./OpenData.json";
import Calendar from "./Calendar.json";
import ContactMail from "./ContactMail.json";
import DecisionMail from "./DecisionMail.json";
import ReminderMail from "./ReminderMail.json";
import SignInMail from "./SignInMail.json";

// One file per namespace, so a page's words live in one place and a change to one area
// touches one file. The English set is the reference every other language must match.
const messages = {
  Site,
  Nav,
  Footer,
  Home,
  Search,
  Filters,
  Vocabulary,
  Schedule,
  Group,
  Client,
  HelpNow,
  Crisis,
  CrisisLines,
  Articles,
  NotFound,
  Errors,
  About,
  Families,
  Forms,
  Validation,
  Auth,
  Listing,
  Organiser,
  Moderation,
  Import,
  Contact,
  Share,
  Print,
  Embed,
  OpenData,
  Calendar,
  SignInMail,
  ReminderMail,
  DecisionMail,
  ContactMail,
};

export default messages;
