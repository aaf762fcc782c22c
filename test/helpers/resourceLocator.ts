/** A resource locator parameter as a saved workflow holds it: the value typed in (mode "id"). */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** A resource locator parameter as a saved workflow holds it: the value picked from the list (mode "list"). */
export const byList = (value: string) => ({ __rl: true, mode: 'list', value });
