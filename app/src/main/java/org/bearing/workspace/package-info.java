/** The browser workspace: pages that bring the plan and its schedule together for a TPM (portfolio home, new project form, project overview and Gantt, task sheet). */
package org.bearing.workspace;
