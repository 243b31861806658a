import { hsdsOpenApiDocument } from "@/lib/open-data/hsds/openapi-document";
import { hsdsJson } from "@/lib/open-data/hsds/responses";
import { readEnv } from "@/lib/env";
import { requestOrigin } from "@/lib/urls/site-url";

export const dynamic = "force-dynamic";

/** GET /api/hsds/openapi.json: the OpenAPI 3.1 document of Village's HSDS profile. */
export const GET = (request: Request) => hsdsJson(hsdsOpenApiDocument({ origin: requestOrigin(request), licence: readEnv().OPEN_DATA_LICENCE }));
