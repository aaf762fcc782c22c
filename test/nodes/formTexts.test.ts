import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { VonageMessages } from '../../nodes/VonageMessages/VonageMessages.node';
import { VonageMessagesTrigger } from '../../nodes/VonageMessagesTrigger/VonageMessagesTrigger.node';

const sendProperties = new VonageMessages().description.properties;

/** The From field Send shows for a channel (each channel has its own; Send and Wait shows the same ones). */
function fromFieldFor(channel: string): INodeProperties {
	const candidates = sendProperties.filter(
		(property) =>
			property.name === 'from' &&
			(property.displayOptions?.show?.operation as string[] | undefined)?.includes('send') &&
			(property.displayOptions?.show?.channel as string[] | undefined)?.includes(channel),
	);
	expect(candidates).toHaveLength(1);
	return candidates[0];
}

describe('what the Vonage Messages form and the nodes panel say', () => {
	it('From shows the kind of sender ID each channel takes', () => {
		expect(fromFieldFor('rcs').placeholder).toBe('e.g. myrcsagent');
		expect(fromFieldFor('rcs').description).toMatch(/RCS agent/);
		expect(fromFieldFor('messenger').description).toMatch(/Facebook Page/);
		expect(fromFieldFor('viber_service').description).toMatch(/Viber Service Message ID/);
		expect(fromFieldFor('whatsapp').description).toMatch(/WhatsApp Business number/);
		expect(fromFieldFor('sms').description).toMatch(/alphanumeric sender ID/);
		expect(fromFieldFor('mms').placeholder).toMatch(/^e\.g\. \d+$/);
	});

	it('the RCS card type is called Rich Card, as in the README', () => {
		const rcsTypes = sendProperties.find((property) => property.name === 'messageType' && (property.displayOptions?.show?.channel as string[]).includes('rcs'));
		expect((rcsTypes?.options as INodePropertyOptions[]).find((option) => option.value === 'card')?.name).toBe('Rich Card');
	});

	it('WhatsApp template parameter rows say which placeholder they fill', () => {
		const parameters = sendProperties.find((property) => property.name === 'templateParameters');
		const row = (parameters?.options as Array<{ displayName: string; values: INodeProperties[] }>)[0];
		expect(row.displayName).toContain('{{1}}');
		expect(row.values[0].description).toMatch(/first row replaces \{\{1\}\}, the second \{\{2\}\}/);
	});

	it("the trigger's description (shown for the merged Vonage Messages entry of the nodes panel) says it sends too", () => {
		expect(new VonageMessagesTrigger().description.description).toMatch(/^Send WhatsApp, SMS, MMS, RCS, Messenger, Viber and email messages/);
	});
});
