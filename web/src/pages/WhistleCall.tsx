import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  DepartmentReportToWhistleDocument,
  DepartmentRespondToWhistleDocument,
  ReportToWhistleDocument,
  RespondToWhistleDocument,
  type RequestStatus,
} from '../generated/operations';
import { Badge, formatDateTime, useAction } from '../ui';

/** What a page knows of a whistled request: its calls, each to a unit or a department. */
export interface WhistledRequest {
  id: string;
  status: RequestStatus;
  whistles: readonly {
    unit: { id: string } | null;
    department: { id: string } | null;
    instruction: string;
    reportBy: string | null;
    reportOverdue: boolean;
    reportedAt: string | null;
    response: string | null;
    respondedAt: string | null;
  }[];
}

/**
 * 吹哨报到 · The call of a whistle on a unit or a department: its instruction and report-in deadline; the
 * called party's admin reports in (报到), then answers with what was done (答复).
 */
export function WhistleCall({
  request,
  party,
  own,
  onDone,
}: {
  request: WhistledRequest;
  party: { unitId: string } | { departmentId: string };
  own: boolean;
  onDone: () => void;
}) {
  const call = request.whistles.find((w) => ('unitId' in party ? w.unit?.id === party.unitId : w.department?.id === party.departmentId));
  const [reportUnit] = useMutation(ReportToWhistleDocument);
  const [respondUnit] = useMutation(RespondToWhistleDocument);
  const [reportDepartment] = useMutation(DepartmentReportToWhistleDocument);
  const [respondDepartment] = useMutation(DepartmentRespondToWhistleDocument);
  const [response, setResponse] = useState('');
  const { act, busy, view } = useAction(onDone);
  if (!call) return null;
  const report = async () =>
    'unitId' in party
      ? (await reportUnit({ variables: { id: request.id, unitId: party.unitId } })).data?.reportToWhistle
      : (await reportDepartment({ variables: { id: request.id, departmentId: party.departmentId } })).data?.reportToWhistle;
  const respond = async () =>
    'unitId' in party
      ? (await respondUnit({ variables: { id: request.id, unitId: party.unitId, response } })).data?.respondToWhistle
      : (await respondDepartment({ variables: { id: request.id, departmentId: party.departmentId, response } })).data?.respondToWhistle;
  return (
    <div className="muted">
      吹哨事项：{call.instruction}
      {call.respondedAt ? (
        <>
          {' '}
          · <Badge tone="ok">已答复</Badge> {call.response}
        </>
      ) : call.reportedAt ? (
        <>
          {' '}
          · <Badge tone="info">已报到</Badge> {formatDateTime(call.reportedAt)}
        </>
      ) : (
        <>
          {' '}
          · 报到时限 {formatDateTime(call.reportBy)} {call.reportOverdue ? <Badge tone="bad">报到超时</Badge> : null}
        </>
      )}
      {own && request.status === 'WHISTLED' && !call.respondedAt ? (
        <div className="actions">
          {!call.reportedAt ? (
            <button type="button" className="primary" disabled={busy} onClick={() => void act(report)}>
              报到
            </button>
          ) : (
            <>
              <input aria-label="答复" placeholder="处置情况" value={response} onChange={(e) => setResponse(e.target.value)} />
              <button type="button" className="primary" disabled={busy} onClick={() => void act(respond)}>
                答复
              </button>
            </>
          )}
        </div>
      ) : null}
      {view}
    </div>
  );
}
