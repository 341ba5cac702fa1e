// Registers the elements' tags. The only module of the npm build with side effects.
import { defineElements } from './elements/define-elements.js';

defineElements();
