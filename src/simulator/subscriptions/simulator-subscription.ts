import type { SimResponse } from '../core/sim-route';
import type { SimulatorState } from '../core/simulator-state';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The demo company's invoicing subscription (factus-api.md §2.11): a document quota
 * (`settings.documentsQuota`, changeable at run time) valid for a year. Each new electronic document
 * consumes one; resending a reference that already exists does not. At the limit Factus refuses
 * new documents with HTTP 402, the code its docs list as "Pago requerido".
 */
export class SimulatorSubscription {
  private consumed = 0;
  /** Activated 30 days before the simulator started (or was reset), for a year. */
  private activatedAt = 0;

  constructor(private readonly state: SimulatorState) {
    this.reset();
  }

  reset(): void {
    this.consumed = 0;
    this.activatedAt = Math.floor(this.state.clock() / DAY_MS) * DAY_MS - 30 * DAY_MS;
  }

  get expiresAt(): number {
    return this.activatedAt + 365 * DAY_MS;
  }

  get hasExpired(): boolean {
    return this.state.clock() >= this.expiresAt;
  }

  get available(): number {
    return Math.max(0, this.state.settings.documentsQuota - this.consumed);
  }

  /** The 402 answer when no new document may be created, else undefined. */
  refusal(): SimResponse | undefined {
    if (this.available > 0 && !this.hasExpired) return undefined;
    return {
      status: 402,
      body: {
        status: 'Payment Required',
        message: this.hasExpired
          ? 'Tu suscripción ha expirado, renuévala para continuar emitiendo documentos'
          : 'Has alcanzado el límite de documentos de tu suscripción',
      },
    };
  }

  consume(): void {
    this.consumed += 1;
  }

  /** `GET /v2/subscriptions` rows: invoicing (this quota) and payroll (untouched), as the docs show. */
  view(): unknown[] {
    const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const period = {
      days_until_expiration: Math.max(0, Math.ceil((this.expiresAt - this.state.clock()) / DAY_MS)),
      activated_at: iso(this.activatedAt),
      expires_at: iso(this.expiresAt),
      has_expired: this.hasExpired,
      is_active: !this.hasExpired,
    };
    return [
      {
        name: 'Facturación',
        supported_document_types: [
          'Factura de Venta',
          'Nota Crédito',
          'Nota Débito',
          'Documento Soporte',
          'Nota de Ajuste Documento Soporte',
        ],
        documents_quota: this.state.settings.documentsQuota,
        documents_consumed: this.consumed,
        documents_available: this.available,
        ...period,
        has_unlimited_quota: false,
      },
      {
        name: 'Nómina',
        supported_document_types: [
          'Nómina',
          'Nota de Ajuste Nómina',
          'Nota de eliminación de nómina',
        ],
        documents_quota: 100,
        documents_consumed: 0,
        documents_available: 100,
        ...period,
        has_unlimited_quota: false,
      },
    ];
  }
}
