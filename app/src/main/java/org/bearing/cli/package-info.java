/** The picocli subcommands of {@code bearing.jar}; each is thin and delegates to a module's public API or the engine. */
package org.bearing.cli;
