import type { ClaimConceptCode, RadianPerson } from '../domain/radian-event';

/**
 * The person block of emitir-evento and aceptacion-tacita. `identification_document_code` is
 * typed `int` in their tables while their examples send DIAN codes as text (`"13"`;
 * v2-findings #4): it is sent as the DIAN code text, which is what the examples show.
 */
export function toFactusPerson(
  person: RadianPerson,
  claimConceptCode?: ClaimConceptCode,
): Record<string, string> {
  return {
    ...(claimConceptCode === undefined ? {} : { claim_concept_code: claimConceptCode }),
    identification_document_code: person.identificationDocumentCode,
    identification: person.identification,
    ...(person.dv === undefined ? {} : { dv: person.dv }),
    first_name: person.firstName,
    last_name: person.lastName,
    ...(person.jobTitle === undefined ? {} : { job_title: person.jobTitle }),
    ...(person.organizationDepartment === undefined
      ? {}
      : { organization_department: person.organizationDepartment }),
  };
}
