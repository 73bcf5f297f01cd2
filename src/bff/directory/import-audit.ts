import type { DirectoryImportResult } from '../../shared/contract/directory';
import type { NewAuditEvent } from '../audit/audit-store';

/** The one audit entry of a directory import (from the console or the shell): its counts, never the file. */
export function directoryImportAudit(
  by: Pick<NewAuditEvent, 'username' | 'role' | 'method' | 'route' | 'requestId'>,
  file: { fileName: string | null; bytes: number },
  result: DirectoryImportResult,
): NewAuditEvent {
  return {
    at: new Date(),
    ...by,
    action: 'ImportDirectory',
    parameters: {
      ...file,
      lines: result.lines,
      added: result.added,
      changed: result.changed,
      unchanged: result.unchanged,
      refused: result.refused,
    },
    outcome: 'success',
    statusCode: 200,
    errorCode: null,
    upstreamRequestIds: [],
  };
}
