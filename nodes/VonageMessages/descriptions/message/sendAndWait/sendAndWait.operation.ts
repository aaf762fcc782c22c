/**
 * Message > Send and Wait for Response: sends a message with links (approve / decline, or a form), puts the
 * execution to wait with n8n's own mechanism, and goes on when the recipient answers (see webhook.ts) or when
 * the wait limit passes. It runs as a custom operation: only an execute context can sign resume links and put
 * the execution to wait. The message itself goes through Send's per-channel checks and Vonage error handling.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	IWebhookDescription,
} from 'n8n-workflow';
import { NodeOperationError, SEND_AND_WAIT_OPERATION, sleep, updateDisplayOptions } from 'n8n-workflow';

import { vonageApiError } from '../../../../shared/errors';
import { isObject } from '../../../../shared/objects';
import { MAX_RETRY_AFTER_SECONDS, PACING_DEFAULTS } from '../../../../shared/pacing';
import { pacingOptionProperties } from '../../../../shared/pacedRequest';
import { chosenAuth, vonageApiResponse } from '../../../../shared/transport';
import { inputError } from '../../../../shared/validation';
import { CHANNEL_BODY_CHECKS } from '../send/checks';
import { sendFields } from '../send/send.operation';
import { FormDefinitionError, formDefinitionProperties, parseFormFields } from './formFields';
import {
	BUTTON_LABEL_LIMITS,
	buildMessageBody,
	channelName,
	characterCount,
	layoutChoices,
	messageText,
	SEND_AND_WAIT_CHANNELS,
	TEXT_LIMITS,
	type Choice,
	type SendAndWaitChannel,
} from './message';
import { choicesFor, DEFAULT_APPROVE_LABEL, DEFAULT_DISAPPROVE_LABEL, DEFAULT_RESPOND_LABEL, RESPONSE_TYPES, type ResponseType } from './responses';
import { limitWaitTimeOption, waitUntil, WaitLimitProblem } from './waitLimit';

export { sendAndWaitWebhook } from './webhook';

export const sendAndWaitOperation: INodePropertyOptions = {
	name: 'Send and Wait for Response',
	// n8n recognises send-and-wait nodes by this value: it checks the signature of their resume links and
	// shows its "no action required" page for links of executions that already went on.
	value: SEND_AND_WAIT_OPERATION,
	action: 'Send message and wait for response',
	description: 'Send a message with links to approve, decline or answer a form, and wait until the recipient answers',
};

/**
 * The waiting webhooks: n8n serves them under /webhook-waiting/<execution>/<node ID> only while an execution
 * waits at this node, and registers nothing anywhere (restartWebhook), so the node needs no webhookMethods.
 */
export const sendAndWaitWebhooks: IWebhookDescription[] = (['GET', 'POST'] as const).map((httpMethod) => ({
	name: 'default',
	httpMethod,
	responseMode: 'onReceived',
	responseData: '',
	path: '={{ $nodeId }}',
	restartWebhook: true,
	isFullPath: true,
}));

/** Send's From (one per channel, each with its own placeholder) and To, without Send's routing. */
function sendField(name: string): INodeProperties[] {
	return sendFields
		.filter((field) => field.name === name)
		.map((field) => {
			const withoutRouting = { ...field };
			delete withoutRouting.routing;
			return withoutRouting;
		});
}

const maxRetriesOption = pacingOptionProperties.filter((option) => option.name === 'maxRateLimitRetries');

export const sendAndWaitFields: INodeProperties[] = [
	{
		displayName: 'Channel',
		name: 'channel',
		type: 'options',
		noDataExpression: true,
		options: SEND_AND_WAIT_CHANNELS.map((channel) => ({ name: channelName(channel), value: channel })),
		default: 'whatsapp',
	},
	...sendField('from').filter((field) => (field.displayOptions?.show?.channel as string[] | undefined)?.some((channel) => (SEND_AND_WAIT_CHANNELS as readonly string[]).includes(channel))),
	...sendField('to'),
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		placeholder: 'e.g. Refund of €120 for order A-1001: approve?',
		description:
			"The question. The links to answer are added below it (on RCS as buttons, on Viber the first one as the message's button); with them the text must stay within the channel's limit.",
	},
	{
		displayName: 'Response Type',
		name: 'responseType',
		type: 'options',
		default: 'approval',
		options: [
			{ name: 'Approval', value: 'approval', description: 'The recipient approves (or declines) with one tap' },
			{ name: 'Free Text', value: 'freeText', description: 'The recipient writes an answer in a form' },
			{ name: 'Custom Form', value: 'customForm', description: 'The recipient fills a form you define' },
		],
	},
	...updateDisplayOptions({ show: { responseType: ['customForm'] } }, formDefinitionProperties),
	{
		displayName: 'Approval Options',
		name: 'approvalOptions',
		type: 'fixedCollection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { responseType: ['approval'] } },
		options: [
			{
				displayName: 'Values',
				name: 'values',
				values: [
					{
						displayName: 'Type of Approval',
						name: 'approvalType',
						type: 'options',
						default: 'single',
						options: [
							{ name: 'Approve Only', value: 'single' },
							{ name: 'Approve and Disapprove', value: 'double' },
						],
					},
					{
						displayName: 'Approve Button Label',
						name: 'approveLabel',
						type: 'string',
						default: DEFAULT_APPROVE_LABEL,
						description: 'At most 25 characters on RCS and 30 on Viber, where it is a button',
					},
					{
						displayName: 'Disapprove Button Label',
						name: 'disapproveLabel',
						type: 'string',
						default: DEFAULT_DISAPPROVE_LABEL,
						description: 'At most 25 characters on RCS, where it is a button',
						displayOptions: { show: { approvalType: ['double'] } },
					},
				],
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { responseType: ['approval'] } },
		options: [limitWaitTimeOption, ...maxRetriesOption],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { responseType: ['freeText', 'customForm'] } },
		options: [
			{
				displayName: 'Message Button Label',
				name: 'messageButtonLabel',
				type: 'string',
				default: DEFAULT_RESPOND_LABEL,
				description: 'The label of the link to the form (at most 25 characters on RCS and 30 on Viber, where it is a button)',
			},
			{
				displayName: 'Response Form Title',
				name: 'responseFormTitle',
				type: 'string',
				default: '',
				description: 'The heading of the form page; "Your answer" when empty',
			},
			{
				displayName: 'Response Form Description',
				name: 'responseFormDescription',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				description: 'The text above the form; the message when empty',
			},
			{
				displayName: 'Response Form Button Label',
				name: 'responseFormButtonLabel',
				type: 'string',
				default: 'Submit',
			},
			limitWaitTimeOption,
			...maxRetriesOption,
		],
	},
];

/**
 * The node's parameters as one item's context, for the checks Send runs (they take a single-item context and use
 * its node, item index and parameters). Everything else is the execute context's own.
 */
function itemContext(context: IExecuteFunctions, itemIndex: number): IExecuteSingleFunctions {
	const view = Object.create(context) as IExecuteFunctions;
	return Object.assign(view, {
		getItemIndex: () => itemIndex,
		getNodeParameter: (name: string, fallback?: unknown) => context.getNodeParameter(name, itemIndex, fallback),
	}) as unknown as IExecuteSingleFunctions;
}

/** n8n 1.x checks a resume link's signature only when the node asked for it; n8n 2.x always does and has no such call. */
interface SignatureOptIn {
	setSignatureValidationRequired?: () => void;
}

/** Signs resume links with n8n's own signer (both n8n lines have it; the signature covers every query parameter). */
function resumeUrlSigner(context: IExecuteFunctions): (query: Record<string, string>) => string {
	const optIn = (context as IExecuteFunctions & SignatureOptIn).setSignatureValidationRequired;
	if (typeof optIn === 'function') optIn.call(context);
	if (typeof context.getSignedResumeUrl !== 'function') {
		throw new NodeOperationError(context.getNode(), 'This n8n cannot sign resume links', {
			description: 'Send and Wait for Response needs n8n 1.74 or later (tested on 1.123.81 and 2.41.1). Update n8n.',
		});
	}
	return (query) => context.getSignedResumeUrl(query);
}

function refuseLabels(context: IExecuteFunctions, channel: SendAndWaitChannel, choices: Choice[]): void {
	const limit = BUTTON_LABEL_LIMITS[channel];
	if (limit === undefined) return;
	for (const choice of layoutChoices(channel, choices).buttons) {
		const length = characterCount(choice.label);
		if (length <= limit) continue;
		const field = choice.kind === 'approve' ? 'Approve Button Label' : choice.kind === 'decline' ? 'Disapprove Button Label' : 'Message Button Label';
		throw inputError(
			context.getNode(),
			0,
			field,
			choice.label,
			`is ${length} characters long; ${channelName(channel)} shows at most ${limit} on a button`,
			`Shorten ${field} to at most ${limit} characters.`,
		);
	}
}

function refuseLongText(context: IExecuteFunctions, channel: SendAndWaitChannel, message: string, choices: Choice[]): void {
	const limit = TEXT_LIMITS[channel];
	if (limit === undefined) return;
	const length = characterCount(messageText(channel, message, choices));
	if (length <= limit) return;
	const linksLength = length - characterCount(message.trim());
	throw inputError(
		context.getNode(),
		0,
		'Message',
		message,
		`is too long for ${channelName(channel)}: with the links to answer the text is ${length} characters, the limit is ${limit}`,
		`Shorten Message by at least ${length - limit} characters (the links take ${linksLength}), or use a channel with a higher limit.`,
	);
}

/** Why a Custom Form definition cannot be sent: refused before the message leaves, since its link would lead nowhere. */
function checkFormDefinition(context: IExecuteFunctions): void {
	const defineForm = String(context.getNodeParameter('defineForm', 0, 'fields'));
	let failure: unknown;
	try {
		parseFormFields(defineForm, context.getNodeParameter('formFields.values', 0, []), defineForm === 'json' ? context.getNodeParameter('jsonOutput', 0, '[]') : undefined);
		return;
	} catch (error) {
		failure = error;
	}
	if (!(failure instanceof FormDefinitionError)) throw failure;
	throw inputError(context.getNode(), 0, failure.where, '', failure.problem, 'Correct the form in the node: Define Form, Form Fields.');
}

function backoffMilliseconds(attempt: number): number {
	const base = Math.min(30_000, 500 * 2 ** attempt);
	return base / 2 + Math.random() * (base / 2);
}

/**
 * Posts the message. A 429 means Vonage accepted nothing, so it is sent again after Retry-After (or a growing
 * back-off), at most Max Retries on Rate Limit times, as Send does; any other error is Send's error.
 */
async function postMessage(context: IExecuteFunctions, item: IExecuteSingleFunctions, body: IDataObject, maxRetries: number): Promise<IDataObject> {
	for (let attempt = 0; ; attempt++) {
		const response = await vonageApiResponse(item, 'POST', '/v1/messages', { body });
		if (response.statusCode < 400) return isObject(response.body) ? response.body : {};
		const error = vonageApiError(context.getNode(), response, chosenAuth(item), 0);
		const retryAfter = error.retryAfterSeconds;
		const retryable = response.statusCode === 429 && attempt < maxRetries && (retryAfter === undefined || retryAfter <= MAX_RETRY_AFTER_SECONDS);
		if (!retryable) throw error;
		await sleep(retryAfter !== undefined ? retryAfter * 1000 : backoffMilliseconds(attempt));
	}
}

/**
 * The custom operation. Like n8n's own Send and Wait nodes it sends ONE message, from the first input item: an
 * execution waits once and resumes once. Until the answer the node's output is its input; on the answer it is
 * one item `{ data: ... }` (see webhook.ts); when the wait limit passes, n8n passes the input items on.
 */
export async function executeSendAndWait(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const node = this.getNode();
	const item = itemContext(this, 0);
	const channel = this.getNodeParameter('channel', 0, 'whatsapp') as SendAndWaitChannel;
	if (!SEND_AND_WAIT_CHANNELS.includes(channel)) {
		throw inputError(node, 0, 'Channel', channel, 'is not a channel Send and Wait for Response can use', `Use one of: ${SEND_AND_WAIT_CHANNELS.join(', ')}.`);
	}
	const responseType = this.getNodeParameter('responseType', 0, 'approval') as ResponseType;
	if (!RESPONSE_TYPES.includes(responseType)) {
		throw inputError(node, 0, 'Response Type', responseType, 'is not a response type', `Use one of: ${RESPONSE_TYPES.join(', ')}.`);
	}
	const options = this.getNodeParameter('options', 0, {}) as IDataObject;
	const message = String(this.getNodeParameter('message', 0, ''));
	if (!message.trim()) throw inputError(node, 0, 'Message', message, 'is required', 'Enter the question the recipient answers.');
	if (responseType === 'customForm') checkFormDefinition(this);

	const waitTill = waitUntil((options.limitWaitTime as IDataObject | undefined)?.values as IDataObject | undefined, new Date());
	if (waitTill instanceof WaitLimitProblem) throw new NodeOperationError(node, `${waitTill.message} (item 0)`, { itemIndex: 0, description: waitTill.fix });

	const choices = choicesFor(responseType, this.getNodeParameter('approvalOptions.values', 0, {}) as IDataObject, options, resumeUrlSigner(this));
	refuseLabels(this, channel, choices);
	refuseLongText(this, channel, message, choices);
	const draft = buildMessageBody({
		channel,
		from: String(this.getNodeParameter('from', 0, '')),
		to: String(this.getNodeParameter('to', 0, '')),
		message,
		choices,
	});
	const body = CHANNEL_BODY_CHECKS[channel](item, draft);
	const maxRetries = typeof options.maxRateLimitRetries === 'number' ? options.maxRateLimitRetries : PACING_DEFAULTS.maxRateLimitRetries;

	let failure: unknown;
	try {
		await postMessage(this, item, body, maxRetries);
	} catch (error) {
		failure = error;
	}
	if (failure !== undefined) {
		if (this.continueOnFail()) return [[{ json: { error: (failure as Error).message }, pairedItem: { item: 0 } }]];
		throw failure;
	}
	await this.putExecutionToWait(waitTill);
	return [this.getInputData()];
}
