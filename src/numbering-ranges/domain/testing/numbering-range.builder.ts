import type { NumberingRange } from '../numbering-range';

/** A valid, active invoice range (the v2 sandbox's 389 SETP); override what a test is about. */
export function aRange(overrides: Partial<NumberingRange> = {}): NumberingRange {
  return {
    id: 389,
    document: '21',
    documentName: 'Factura de Venta',
    prefix: 'SETP',
    from: 990000000,
    to: 995000000,
    current: 990000001,
    resolutionNumber: '18760000001',
    startDate: '2019-01-19',
    endDate: '2030-01-19',
    technicalKey: 'fc8eac422eba16e22ffd8c6f94b3f40a6e38162c',
    isExpired: false,
    isActive: true,
    ...overrides,
  };
}
