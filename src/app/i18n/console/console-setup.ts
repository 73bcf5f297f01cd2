// Loaded lazily with the console: registers its error codes.
import './error-messages';
