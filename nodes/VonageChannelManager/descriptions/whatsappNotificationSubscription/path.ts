/** The subscriptions API is a WhatsApp Manager endpoint of its own, outside the Channel Manager's path. */
export const SUBSCRIPTIONS_PATH = '/v2/whatsapp-manager/subscriptions';
