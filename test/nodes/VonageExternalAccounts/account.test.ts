/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- fake Facebook Page access tokens, made up for these tests */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { VonageExternalAccounts } from '../../../nodes/VonageExternalAccounts/VonageExternalAccounts.node';
import { allCredentials, jwtCredentials } from '../../helpers/credentials';
import { byId, byList } from '../../helpers/resourceLocator';
import { runListSearch, runNode } from '../../helpers/runNode';
import { useFakeVonage } from '../../helpers/useFakeVonage';
import { APPLICATION_ID, account, pagedAccounts } from './accounts.fixtures';

describe('Vonage External Accounts: every operation against the spec', () => {
	const fake = useFakeVonage();

	async function run(parameters: INodeParameters, credentials = allCredentials(fake.baseUrl)) {
		return await runNode({ nodeType: new VonageExternalAccounts(), parameters: { resource: 'account', ...parameters }, credentials });
	}

	describe.each([
		['jwt', 'bearer'],
		['basic', 'basic'],
	] as const)('with the %s credential', (authentication, authScheme) => {
		it('Create Messenger Account sends the Page ID, token, name and application; the token comes back masked', async () => {
			const { items } = await run({
				authentication,
				operation: 'createMessengerAccount',
				pageId: ' 107055848123456 ',
				accessToken: 'EAAGsecretPageToken1234',
				additionalFields: { name: 'Support Page', applicationId: APPLICATION_ID.toUpperCase() },
			});
			expect(fake.violations).toEqual([]);
			expect(fake.requests).toHaveLength(1);
			const [request] = fake.requests;
			expect(request).toMatchObject({ method: 'POST', path: '/beta/chatapp-accounts/messenger', operationId: 'CreateMessengerAccount', authScheme });
			expect(request.body).toEqual({
				external_id: '107055848123456',
				access_token: 'EAAGsecretPageToken1234',
				name: 'Support Page',
				applications: [APPLICATION_ID],
			});
			// FakeVonage answers with the spec's example, whose access_token is "myAccessToken".
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({ external_id: '12345678', provider: 'messenger', access_token: '****oken' });
			expect(JSON.stringify(items)).not.toContain('myAccessToken');
		});

		it('Get reads a Messenger, Viber Service Message and WhatsApp account by provider and external id', async () => {
			fake.on('GetMessengerAccount', () => ({ status: 200, body: account('messenger', 7) }));
			const messenger = await run({ authentication, operation: 'get', provider: 'messenger', account: byList('10000007') });
			const viber = await run({ authentication, operation: 'get', provider: 'viber_service_msg', account: byId('10000008') });
			const whatsapp = await run({ authentication, operation: 'get', provider: 'whatsapp', account: byId('+44 7700 900001') });
			expect(fake.violations).toEqual([]);
			expect(fake.requests.map((request) => [request.operationId, request.path, request.authScheme])).toEqual([
				['GetMessengerAccount', '/beta/chatapp-accounts/messenger/10000007', authScheme],
				['GetVSMAccount', '/beta/chatapp-accounts/viber_service_msg/10000008', authScheme],
				['GetWAAccount', '/beta/chatapp-accounts/whatsapp/447700900001', authScheme],
			]);
			expect(messenger.items[0].json).toMatchObject({ external_id: '10000007', access_token: '****XYZW' });
			expect(viber.items[0].json).toMatchObject({ provider: 'viber_service_msg' });
			expect(whatsapp.items[0].json).toMatchObject({ provider: 'whatsapp' });
		});

		it('Update Messenger Account sends only the chosen fields', async () => {
			const { items } = await run({
				authentication,
				operation: 'updateMessengerAccount',
				account: byList('10000007'),
				updateFields: { name: 'Renamed Page', accessToken: 'EAAGnewToken9876' },
			});
			expect(fake.violations).toEqual([]);
			expect(fake.requests[0]).toMatchObject({
				method: 'PATCH',
				path: '/beta/chatapp-accounts/messenger/10000007',
				operationId: 'UpdateMessengerAccount',
				authScheme,
			});
			expect(fake.requests[0].body).toEqual({ name: 'Renamed Page', access_token: 'EAAGnewToken9876' });
			expect(items[0].json).toMatchObject({ name: 'newName', access_token: '****oken' });
		});

		it('Delete Messenger Account returns { deleted: true }', async () => {
			const { items } = await run({ authentication, operation: 'deleteMessengerAccount', account: byId('10000007') });
			expect(fake.violations).toEqual([]);
			expect(fake.requests[0]).toMatchObject({ method: 'DELETE', path: '/beta/chatapp-accounts/messenger/10000007', authScheme });
			expect(items.map((item) => item.json)).toEqual([{ deleted: true }]);
		});

		it('Link Application posts { application } to the account of any provider, RCS included', async () => {
			fake.on('LinkApplication', (request) => ({
				status: 200,
				body: { ...account(request.pathParameters.provider, 1), external_id: request.pathParameters.external_id, applications: [APPLICATION_ID] },
			}));
			const { items } = await run({
				authentication,
				operation: 'linkApplication',
				provider: 'rcs',
				account: byId('my_rcs_agent'),
				applicationId: ` ${APPLICATION_ID} `,
			});
			expect(fake.violations).toEqual([]);
			expect(fake.requests[0]).toMatchObject({
				method: 'POST',
				path: '/beta/chatapp-accounts/rcs/my_rcs_agent/applications',
				operationId: 'LinkApplication',
				authScheme,
			});
			expect(fake.requests[0].body).toEqual({ application: APPLICATION_ID });
			expect(items[0].json).toMatchObject({ provider: 'rcs', external_id: 'my_rcs_agent', applications: [APPLICATION_ID] });
		});

		it('Unlink Application deletes the link and says what was unlinked', async () => {
			const { items } = await run({
				authentication,
				operation: 'unlinkApplication',
				provider: 'whatsapp',
				account: byList('447700900001'),
				applicationId: APPLICATION_ID,
			});
			expect(fake.violations).toEqual([]);
			expect(fake.requests[0]).toMatchObject({
				method: 'DELETE',
				path: `/beta/chatapp-accounts/whatsapp/447700900001/applications/${APPLICATION_ID}`,
				authScheme,
			});
			expect(items.map((item) => item.json)).toEqual([
				{ unlinked: true, provider: 'whatsapp', external_id: '447700900001', application_id: APPLICATION_ID },
			]);
		});

		it('Get Many sends the provider filter and outputs one item per account', async () => {
			fake.on('GetAllAccounts', () => ({
				status: 200,
				body: { page_number: 1, page_size: 20, _embedded: [account('rcs', 1), account('rcs', 2)], _links: {} },
			}));
			const { items } = await run({ authentication, operation: 'getAll', providerFilter: 'rcs', returnAll: true });
			expect(fake.violations).toEqual([]);
			expect(fake.requests).toHaveLength(1);
			expect(fake.requests[0].authScheme).toBe(authScheme);
			expect(fake.requests[0].query.get('provider')).toBe('rcs');
			expect(items.map((item) => item.json.external_id)).toEqual(['10000001', '10000002']);
		});
	});

	it('Get Many without a provider filter sends no provider parameter', async () => {
		await run({ authentication: 'jwt', operation: 'getAll', providerFilter: '', returnAll: false, limit: 5 });
		expect(fake.violations).toEqual([]);
		expect(fake.requests[0].query.has('provider')).toBe(false);
	});

	describe('refuses bad input before sending anything', () => {
		const cases: Array<[string, INodeParameters, RegExp]> = [
			['an application ID that is not a UUID', { operation: 'linkApplication', provider: 'messenger', account: byId('10000007'), applicationId: 'my-app' }, /Application ID "my-app" is not a Vonage application ID/],
			['an empty account', { operation: 'get', provider: 'messenger', account: byList('') }, /Facebook Page ID is required/],
			['a WhatsApp number that is not a number', { operation: 'get', provider: 'whatsapp', account: byId('sales') }, /WhatsApp Number "sales" is not a phone number/],
			['an external id with a slash', { operation: 'get', provider: 'viber_service_msg', account: byId('1234/5678') }, /Viber Service Message ID "1234\/5678" contains/],
			['a Page ID with letters', { operation: 'createMessengerAccount', pageId: 'my-page', accessToken: 'EAAGtoken' }, /Facebook Page ID "my-page" is not a Page ID/],
			['no Page access token', { operation: 'createMessengerAccount', pageId: '107055848123456', accessToken: '' }, /Page Access Token is required/],
			['an update without fields', { operation: 'updateMessengerAccount', account: byId('10000007'), updateFields: {} }, /Update Fields is empty/],
			['an empty application ID in Update Fields', { operation: 'updateMessengerAccount', account: byId('10000007'), updateFields: { applicationId: '' } }, /Application ID is required/],
		];
		it.each(cases)('%s', async (_name, parameters, message) => {
			await expect(run({ authentication: 'jwt', ...parameters })).rejects.toThrow(message);
			expect(fake.requests).toHaveLength(0);
		});
	});

	it("shows Vonage's conflict title and detail when the account already has an application", async () => {
		fake.on('LinkApplication', () => ({
			status: 409,
			body: { type: 'https://www.nexmo.com/messages/Errors#Conflict', title: 'Application conflict', detail: 'Unable to link application' },
		}));
		const failure = run({ authentication: 'jwt', operation: 'linkApplication', provider: 'whatsapp', account: byId('447700900001'), applicationId: APPLICATION_ID }, {
			vonageMessagesJwtApi: jwtCredentials(fake.baseUrl),
			vonageMessagesBasicApi: {},
		});
		await expect(failure).rejects.toMatchObject({ message: 'Vonage: Application conflict', description: expect.stringContaining('Unable to link application') as unknown });
	});

	it('masks the access token of every listed Messenger account', async () => {
		const accounts: IDataObject[] = [account('messenger', 1), account('whatsapp', 2)];
		fake.on('GetAllAccounts', () => ({ status: 200, body: { _embedded: accounts, _links: {} } }));
		const { items } = await run({ authentication: 'jwt', operation: 'getAll', returnAll: true });
		expect(items.map((item) => item.json.access_token)).toEqual(['****XYZW', undefined]);
		expect(JSON.stringify(items)).not.toContain('EAAGmessengerToken');
	});
});

// 45 accounts: three pages of 20, 20 and 5 at the default page size.
const ACCOUNTS = [
	...Array.from({ length: 30 }, (_, index) => account('messenger', index + 1)),
	...Array.from({ length: 10 }, (_, index) => account('whatsapp', index + 1)),
	...Array.from({ length: 5 }, (_, index) => account('viber_service_msg', index + 1)),
];

describe('Vonage External Accounts: Get Many and list search follow every page', () => {
	const fake = useFakeVonage((server) => server.on('GetAllAccounts', pagedAccounts(ACCOUNTS)));

	async function getMany(parameters: INodeParameters) {
		return await runNode({
			nodeType: new VonageExternalAccounts(),
			parameters: { authentication: 'jwt', resource: 'account', operation: 'getAll', ...parameters },
			credentials: allCredentials(fake.baseUrl),
		});
	}

	const pagesAsked = () => fake.requests.map((request) => [request.query.get('page_number'), request.query.get('page_size')]);

	it('Return All collects all three pages, in order, and stops after the page without a next link', async () => {
		const { items } = await getMany({ returnAll: true });
		expect(fake.violations).toEqual([]);
		expect(pagesAsked()).toEqual([
			['1', '20'],
			['2', '20'],
			['3', '20'],
		]);
		expect(items.map((item) => item.json.external_id)).toEqual(ACCOUNTS.map((entry) => entry.external_id));
		// Requests went to the credential's host, not to the api.nexmo.com host the next links name.
		expect(fake.requests.every((request) => request.path === '/beta/chatapp-accounts')).toBe(true);
	});

	it('Limit 25 fetches two pages and never the third', async () => {
		const { items } = await getMany({ returnAll: false, limit: 25 });
		expect(fake.violations).toEqual([]);
		expect(pagesAsked()).toEqual([
			['1', '20'],
			['2', '20'],
		]);
		expect(items).toHaveLength(25);
		expect(items.map((item) => item.json.external_id)).toEqual(ACCOUNTS.slice(0, 25).map((entry) => entry.external_id));
	});

	it('Limit 5 asks for one page of five', async () => {
		const { items } = await getMany({ returnAll: false, limit: 5 });
		expect(pagesAsked()).toEqual([['1', '5']]);
		expect(items).toHaveLength(5);
	});

	it('Return All with a provider filter keeps the filter on every page', async () => {
		const { items } = await getMany({ returnAll: true, providerFilter: 'messenger' });
		expect(fake.violations).toEqual([]);
		expect(fake.requests.map((request) => request.query.get('provider'))).toEqual(['messenger', 'messenger']);
		expect(items).toHaveLength(30);
	});

	it('an error on a later page fails the node with the Vonage error', async () => {
		const pages = pagedAccounts(ACCOUNTS);
		fake.on('GetAllAccounts', (request) =>
			request.query.get('page_number') === '2' ? { status: 401, body: { title: 'Unauthorised', detail: 'Invalid Token' } } : pages(request),
		);
		await expect(getMany({ returnAll: true })).rejects.toMatchObject({ message: expect.stringContaining('Vonage: Unauthorised') as unknown });
		expect(fake.requests).toHaveLength(2);
	});

	describe('list search of the account locator', () => {
		async function search(method: string, parameters: INodeParameters, filter?: string, authentication = 'jwt') {
			return await runListSearch({
				nodeType: new VonageExternalAccounts(),
				method,
				parameters: { authentication, resource: 'account', ...parameters },
				credentials: { vonageMessagesJwtApi: jwtCredentials(fake.baseUrl), vonageMessagesBasicApi: allCredentials(fake.baseUrl).vonageMessagesBasicApi },
				filter,
			});
		}

		it('offers every Messenger account from both pages of the provider-filtered list', async () => {
			const { results } = await search('searchAccounts', { operation: 'get', provider: 'messenger' });
			expect(fake.violations).toEqual([]);
			expect(fake.requests.map((request) => [request.query.get('provider'), request.query.get('page_number')])).toEqual([
				['messenger', '1'],
				['messenger', '2'],
			]);
			expect(results).toHaveLength(30);
			expect(results).toContainEqual({ name: 'messenger account 30 (10000030)', value: '10000030' });
		});

		it('narrows the list by name or id, with the Basic credential too', async () => {
			const { results } = await search('searchAccounts', { operation: 'linkApplication', provider: 'whatsapp' }, '447700900010', 'basic');
			expect(fake.requests.every((request) => request.authScheme === 'basic')).toBe(true);
			expect(results).toEqual([{ name: 'whatsapp account 10 (447700900010)', value: '447700900010' }]);
		});

		it('the Messenger-only operations list Messenger accounts', async () => {
			const { results } = await search('searchMessengerAccounts', { operation: 'deleteMessengerAccount' }, 'ACCOUNT 3');
			expect(fake.requests.map((request) => request.query.get('provider'))).toEqual(['messenger', 'messenger']);
			expect(results.map((result) => result.value)).toEqual(['10000003', '10000030']);
		});

		it('shows the Vonage error when the list cannot be read', async () => {
			fake.on('GetAllAccounts', () => ({ status: 401, body: { title: 'Unauthorised', detail: "Request header 'Authorization' missing / Invalid Token" } }));
			await expect(search('searchAccounts', { operation: 'get', provider: 'messenger' })).rejects.toMatchObject({
				message: expect.stringContaining('Vonage: Unauthorised') as unknown,
			});
		});
	});
});
