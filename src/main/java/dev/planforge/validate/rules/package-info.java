/** The semantic checks, one small class per concern; each reads the model and only reports. */
package dev.planforge.validate.rules;
