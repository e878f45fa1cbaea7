import { Navigate, useParams } from 'react-router';

/** /work-plans/:planId(/tasks/:taskId) — the links the statistics give — open the plan page. */
export function WorkPlanLinkRedirect() {
  const { planId = '', taskId } = useParams();
  const p = new URLSearchParams({ plan: planId });
  if (taskId) p.set('task', taskId);
  return <Navigate to={`/plans?${p.toString()}`} replace />;
}
