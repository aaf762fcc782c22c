import { WHATSAPP_PATH } from '../common';

/** Both profile operations address the profile of one number. */
export const PROFILE_PATH = `${WHATSAPP_PATH}/numbers/{phoneNumber}/profile`;
