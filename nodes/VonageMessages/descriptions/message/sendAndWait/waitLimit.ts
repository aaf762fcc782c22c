/**
 * Limit Wait Time: the same option, parameter names and meaning as n8n's own Send and Wait nodes. n8n ends
 * the wait at the returned date by itself (putExecutionToWait); the node then passes its input items on.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { WAIT_INDEFINITELY } from 'n8n-workflow';

export const limitWaitTimeOption: INodeProperties = {
	displayName: 'Limit Wait Time',
	name: 'limitWaitTime',
	type: 'fixedCollection',
	description:
		'Whether to stop waiting after a while or at a date. When the limit passes without an answer, the workflow goes on with the items the node received (they have no "data" field).',
	default: { values: { limitType: 'afterTimeInterval', resumeAmount: 45, resumeUnit: 'minutes' } },
	options: [
		{
			displayName: 'Values',
			name: 'values',
			values: [
				{
					displayName: 'Limit Type',
					name: 'limitType',
					type: 'options',
					default: 'afterTimeInterval',
					options: [
						{ name: 'After Time Interval', value: 'afterTimeInterval', description: 'Stop waiting after an amount of time' },
						{ name: 'At Specified Time', value: 'atSpecifiedTime', description: 'Stop waiting at a date and time' },
					],
				},
				{
					displayName: 'Amount',
					name: 'resumeAmount',
					type: 'number',
					typeOptions: { minValue: 0, numberPrecision: 2 },
					default: 1,
					description: 'How long to wait for the answer',
					displayOptions: { show: { limitType: ['afterTimeInterval'] } },
				},
				{
					displayName: 'Unit',
					name: 'resumeUnit',
					type: 'options',
					options: [
						{ name: 'Minutes', value: 'minutes' },
						{ name: 'Hours', value: 'hours' },
						{ name: 'Days', value: 'days' },
					],
					default: 'hours',
					displayOptions: { show: { limitType: ['afterTimeInterval'] } },
				},
				{
					displayName: 'Max Date and Time',
					name: 'maxDateAndTime',
					type: 'dateTime',
					default: '',
					description: 'When to stop waiting for the answer',
					displayOptions: { show: { limitType: ['atSpecifiedTime'] } },
				},
			],
		},
	],
};

const UNIT_MILLISECONDS: Record<string, number> = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 };

/** Why the limit cannot be used, with what to do (returned, not thrown: the node turns it into its own error). */
export class WaitLimitProblem {
	constructor(
		readonly message: string,
		readonly fix: string,
	) {}
}

/**
 * When the wait ends without an answer: never (n8n's WAIT_INDEFINITELY) without a limit, `now` plus the
 * interval, or the given date. A date in the past is refused: the execution would end before anyone can answer.
 */
export function waitUntil(limit: IDataObject | undefined, now: Date): Date | WaitLimitProblem {
	if (!limit || !Object.keys(limit).length) return WAIT_INDEFINITELY;
	if ((limit.limitType ?? 'afterTimeInterval') === 'afterTimeInterval') {
		const amount = Number(limit.resumeAmount ?? 1);
		const unit = String(limit.resumeUnit ?? 'hours');
		if (!Number.isFinite(amount) || amount <= 0 || !UNIT_MILLISECONDS[unit]) {
			return new WaitLimitProblem(
				`Limit Wait Time "${String(limit.resumeAmount)} ${unit}" is not a positive amount of minutes, hours or days`,
				'Set Amount to a number above 0 and Unit to Minutes, Hours or Days, or remove Limit Wait Time to wait until someone answers.',
			);
		}
		return new Date(now.getTime() + amount * UNIT_MILLISECONDS[unit]);
	}
	const date = new Date(String(limit.maxDateAndTime ?? ''));
	if (Number.isNaN(date.getTime())) {
		return new WaitLimitProblem(`Max Date and Time "${String(limit.maxDateAndTime ?? '')}" is not a date`, 'Pick a date and time, e.g. 2026-12-31T17:00:00.');
	}
	if (date.getTime() <= now.getTime()) {
		return new WaitLimitProblem(`Max Date and Time "${String(limit.maxDateAndTime)}" has already passed`, 'Pick a date and time in the future.');
	}
	return date;
}
