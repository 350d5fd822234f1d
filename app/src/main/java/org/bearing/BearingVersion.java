package org.bearing;

import picocli.CommandLine;

/** Reports the version baked into the jar's manifest, or "development" when run from classes. */
final class BearingVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Bearing.class.getPackage().getImplementationVersion();
        return new String[] {"bearing " + (v == null ? "development" : v)};
    }
}
