/** DIAN tribute codes the totals treat specially (the full tables are in the DIAN catalogue). */
export const TAX_CODE = {
  IVA: '01',
  INC: '04',
} as const;

/** Self-withholding codes: what each one is a percentage of differs. */
export const WITHHOLDING_CODE = {
  /** ReteIVA: a percentage of the line's IVA. */
  RETE_IVA: '05',
  /** ReteRenta: a percentage of the line's base. */
  RETE_RENTA: '06',
} as const;
