import type { INodeParameters } from 'n8n-workflow';

import { VonageExternalAccounts } from '../../../nodes/VonageExternalAccounts/VonageExternalAccounts.node';
import { allCredentials, jwtCredentials } from '../../helpers/credentials';
import { runListSearch, runNode } from '../../helpers/runNode';
import { useFakeVonage } from '../../helpers/useFakeVonage';
import { account, pagedAccounts } from './accounts.fixtures';

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
