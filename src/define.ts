// Registers the elements' tags: the npm build's side-effect entry (with the locale modules).
import { defineElements } from './elements/define-elements.js';

defineElements();
