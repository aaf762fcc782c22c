import { VonageChannelManager } from '../../../nodes/VonageChannelManager/VonageChannelManager.node';

describe('Vonage Channel Manager, RCS: every operation against the spec', () => {
	it('offers the 18 RCS operations of the reference, grouped in six resources', () => {
		const { properties } = new VonageChannelManager().description;
		const offered = properties
			.filter((property) => property.name === 'operation' && String(property.displayOptions?.show?.resource?.[0]).startsWith('rcs'))
			.flatMap((property) =>
				(property.options as Array<{ value: string }>).map((option) => `${String(property.displayOptions?.show?.resource?.[0])}:${option.value}`),
			);
		expect(offered.sort()).toEqual(
			[
				'rcsAgent:create',
				'rcsAgent:get',
				'rcsAgent:getAll',
				'rcsAgent:replace',
				'rcsAgent:update',
				'rcsBrand:create',
				'rcsBrand:delete',
				'rcsBrand:getAll',
				'rcsBrand:update',
				'rcsCapability:checkDevice',
				'rcsCapability:checkDeviceDeprecated',
				'rcsCapability:checkManyDevices',
				'rcsCarrier:addToAgent',
				'rcsCarrier:getAll',
				'rcsOptOut:get',
				'rcsOptOut:update',
				'rcsTestDevice:add',
				'rcsTestDevice:remove',
			].sort(),
		);
	});
});
