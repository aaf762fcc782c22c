import type { FakeVonage } from '../../helpers/fakeVonage';

type Json = Record<string, unknown>;

/**
 * Vonage applications kept by the fake server: GET /v2/applications/{id} answers the stored application and
 * PUT replaces it, as the Applications API does. Every version written is kept for assertions.
 */
export class FakeApplications {
	private readonly applications = new Map<string, Json>();

	readonly writes: Array<{ id: string; body: Json }> = [];

	constructor(private readonly fake: FakeVonage) {}

	install(): this {
		this.fake.on('getApplication', (request) => {
			const application = this.applications.get(request.pathParameters.id);
			return application
				? { status: 200, body: application }
				: { status: 404, body: { type: 'https://developer.vonage.com/api-errors#not-found', title: 'Not Found', detail: 'No such application' } };
		});
		this.fake.on('updateApplication', (request) => {
			const id = request.pathParameters.id;
			if (!this.applications.has(id)) return { status: 404, body: { title: 'Not Found', detail: 'No such application' } };
			const body = structuredClone(request.body as Json);
			this.writes.push({ id, body });
			const stored = { ...body, id };
			this.applications.set(id, stored);
			return { status: 200, body: stored };
		});
		return this;
	}

	/** Creates an application; `webhookBase` gives it existing Messages webhooks, otherwise it has none yet. */
	create(id: string, name: string, webhookBase?: string): Json {
		const webhooks = webhookBase
			? {
					inbound_url: { address: `${webhookBase}/inbound`, http_method: 'POST' },
					status_url: { address: `${webhookBase}/status`, http_method: 'POST' },
				}
			: {};
		const application: Json = {
			id,
			name,
			keys: { public_key: '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----\n' },
			privacy: { improve_ai: false },
			capabilities: {
				messages: { version: 'v1', authenticate_inbound_media: true, webhooks },
				voice: {
					webhooks: {
						answer_url: { address: 'https://voice.example.com/answer', http_method: 'GET' },
						event_url: { address: 'https://voice.example.com/event', http_method: 'POST' },
					},
				},
			},
		};
		this.applications.set(id, structuredClone(application));
		return application;
	}

	get(id: string): Json | undefined {
		const application = this.applications.get(id);
		return application && structuredClone(application);
	}
}
