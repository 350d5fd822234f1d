/** The risk register: threats and opportunities scored on a 5×5 matrix, their responses, and the history of every score. */
package org.bearing.risk;
