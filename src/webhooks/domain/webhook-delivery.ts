/** One event for one endpoint: tried until a 2xx, or until the retry schedule is spent. */
export type DeliveryState = 'pending' | 'succeeded' | 'dead';

export interface WebhookDelivery {
  /** `del_…` */
  id: string;
  eventId: string;
  endpointId: string;
  state: DeliveryState;
  attempts: number;
  nextAttemptAt: Date;
  lastStatus?: number;
  lastError?: string;
  createdAt: Date;
  updatedAt: Date;
}

/** One HTTP attempt of a delivery, as the deliveries API shows it. */
export interface DeliveryAttempt {
  deliveryId: string;
  eventId: string;
  attempt: number;
  at: Date;
  statusCode?: number;
  durationMs: number;
  error?: string;
}
