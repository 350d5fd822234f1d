/** The browser workspace: pages that bring the plan and its schedule together for a TPM (portfolio home, project overview and Gantt). */
package org.bearing.workspace;
