// Loaded lazily with the console: registers its error codes and follows the language in dayjs.
import './error-messages';

export { applyDayjsLocale } from './dayjs-locale';
