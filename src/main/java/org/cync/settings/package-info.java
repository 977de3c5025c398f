/** Operator-editable configuration kept in Derby, and facts about this installation. */
package org.cync.settings;
