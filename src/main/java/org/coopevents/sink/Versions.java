package org.coopevents.sink;

import org.apache.beam.sdk.util.ReleaseInfo;

/** Version strings recorded in manifests. */
public final class Versions {
  private Versions() {}

  public static String coopevents() {
    String v = Versions.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  public static String beam() {
    return ReleaseInfo.getReleaseInfo().getSdkVersion();
  }
}
