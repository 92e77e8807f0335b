/**
 * The portal's tables, one file per concern in db/tables/. One schema for the embedded PGlite and for
 * PostgreSQL; drizzle-kit generates the migrations in db/migrations from this file. Indexes sit beside the
 * table whose queries need them.
 */
export * from "./tables/enums";
export * from "./tables/accounts";
export * from "./tables/results";
export * from "./tables/finals";
export * from "./tables/requests";
export * from "./tables/imports";
export * from "./tables/notifications";
export * from "./tables/indexes";
