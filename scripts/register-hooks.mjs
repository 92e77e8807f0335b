// `tsx --import ./scripts/register-hooks.mjs <script>`: lets command-line scripts load the server's data
// layer (see node-hooks.mjs) with plain static imports.
import { register } from "node:module";

register("./node-hooks.mjs", import.meta.url);
