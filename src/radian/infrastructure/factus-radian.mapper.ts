import type { RadianEvent } from '../domain/radian-event';
import type { CodeName, ReceivedInvoice } from '../domain/received-invoice';
import type { FactusRadianEventWire, FactusReceivedInvoiceWire } from './factus-radian.wire';
import type { WireCodeName } from '../../factus/wire';

export function fromFactusEvent(wire: FactusRadianEventWire): RadianEvent {
  const code = (wire.event_code ?? wire.code) as string;
  return {
    number: wire.number,
    cude: wire.cude,
    code,
    name: wire.event_name ?? wire.name ?? code,
    effectiveDate: wire.effective_date,
    ...(wire.effective_time === undefined ? {} : { effectiveTime: wire.effective_time }),
    ...(wire.person_identification === undefined
      ? {}
      : { personIdentification: wire.person_identification }),
    ...(wire.person_names === undefined ? {} : { personNames: wire.person_names }),
  };
}

function codeNameOf(wire: WireCodeName | undefined): CodeName | undefined {
  return wire && { code: wire.code, name: wire.name ?? wire.code };
}

export function fromFactusReceivedInvoice(wire: FactusReceivedInvoiceWire): ReceivedInvoice {
  return {
    id: wire.id,
    number: wire.number,
    cufe: wire.cufe,
    issueDate: wire.issue_date,
    issueTime: wire.issue_time,
    paymentDueDate: wire.payment_due_date,
    supplier: {
      identificationDocumentCode: wire.company_identification_type_code,
      nit: wire.company_nit,
      dv: wire.company_dv ?? wire.dv,
      name: wire.company_name,
    },
    paymentForm: codeNameOf(wire.payment_form),
    paymentMethod: codeNameOf(wire.payment_method),
    total: wire.total,
    hasClaim: wire.has_claim ?? false,
    claimConcept: codeNameOf(wire.claim_concept),
    isNegotiableInstrument: wire.is_negotiable_instrument ?? false,
    completedEvents: wire.completed_events,
    events: wire.events?.map(fromFactusEvent),
    createdAt: wire.created_at,
  };
}
