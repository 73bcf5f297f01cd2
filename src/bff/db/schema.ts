/**
 * The BFF's own tables. Each store adds its tables here by declaration merging, next to its code:
 *
 *   declare module '../db/schema' {
 *     interface Database { report_records: ReportRecordsTable }
 *   }
 *
 * so no store needs to know another store's tables.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface Database {}
