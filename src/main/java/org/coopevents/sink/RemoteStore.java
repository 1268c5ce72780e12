package org.coopevents.sink;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.fs.LocatedFileStatus;

/**
 * The few operations remote publishing needs, on an object store through Beam's file systems
 * ({@code s3://}, {@code gs://}: a finished upload appears whole, there is no rename) or on
 * HDFS through Hadoop's own client ({@code hdfs://}: a file is replaced atomically by rename).
 * Paths are full URIs; "folders" are key prefixes ending in {@code /}.
 */
public interface RemoteStore {
  /** Uploads a local file to {@code uri}. */
  void upload(Path local, String uri) throws IOException;

  /** Writes a small object so that readers see all of it or none of it (old or new). */
  void writeWhole(String uri, byte[] bytes) throws IOException;

  /** The bytes of a small object, or null if there is none. */
  byte[] readSmall(String uri) throws IOException;

  /** Every object under the prefix with its size, keyed by the path relative to it. */
  Map<String, Long> list(String prefix) throws IOException;

  /** Deletes every object under the prefix. */
  void deletePrefix(String prefix) throws IOException;

  /** The store for a URI's scheme. */
  static RemoteStore forUri(String uri) {
    String scheme = URI.create(uri).getScheme();
    if ("hdfs".equals(scheme) || "webhdfs".equals(scheme)) return new Hadoop(uri);
    return new Beam();
  }

  /** Object stores through Beam's registered file systems (S3 needs the -Paws jar). */
  final class Beam implements RemoteStore {
    @Override
    public void upload(Path local, String uri) throws IOException {
      ResourceId id = FileSystems.matchNewResource(uri, false);
      try (OutputStream out = Channels.newOutputStream(FileSystems.create(id,
          "application/octet-stream"))) {
        Files.copy(local, out);
      }
    }

    @Override
    public void writeWhole(String uri, byte[] bytes) throws IOException {
      // one PUT when the stream closes: an object store shows the object whole or not at all
      ResourceId id = FileSystems.matchNewResource(uri, false);
      try (OutputStream out = Channels.newOutputStream(FileSystems.create(id, "text/plain"))) {
        out.write(bytes);
      }
    }

    @Override
    public byte[] readSmall(String uri) throws IOException {
      MatchResult m = FileSystems.match(uri);
      if (m.status() != MatchResult.Status.OK || m.metadata().isEmpty()) return null;
      try (InputStream in = Channels.newInputStream(FileSystems.open(m.metadata().get(0)
          .resourceId()))) {
        return in.readNBytes(1 << 20);
      }
    }

    @Override
    public Map<String, Long> list(String prefix) throws IOException {
      String p = prefix.endsWith("/") ? prefix : prefix + "/";
      Map<String, Long> out = new TreeMap<>();
      MatchResult m = FileSystems.match(p + "**");
      if (m.status() != MatchResult.Status.OK) return out;
      for (MatchResult.Metadata md : m.metadata()) {
        String full = md.resourceId().toString();
        if (full.startsWith(p)) out.put(full.substring(p.length()), md.sizeBytes());
      }
      return out;
    }

    @Override
    public void deletePrefix(String prefix) throws IOException {
      String p = prefix.endsWith("/") ? prefix : prefix + "/";
      List<ResourceId> ids = new ArrayList<>();
      for (String rel : list(p).keySet()) ids.add(FileSystems.matchNewResource(p + rel, false));
      if (!ids.isEmpty()) FileSystems.delete(ids, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    }
  }

  /** HDFS through Hadoop's client (on the default jar's classpath). */
  final class Hadoop implements RemoteStore {
    private final URI root;
    private final Configuration conf = new Configuration();

    Hadoop(String uri) {
      URI u = URI.create(uri);
      this.root = URI.create(u.getScheme() + "://" + (u.getAuthority() == null ? "" : u.getAuthority()) + "/");
    }

    private FileSystem fs() throws IOException {
      return FileSystem.get(root, conf);
    }

    @Override
    public void upload(Path local, String uri) throws IOException {
      fs().copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()),
          new org.apache.hadoop.fs.Path(uri));
    }

    @Override
    public void writeWhole(String uri, byte[] bytes) throws IOException {
      // written beside, then renamed over the old one: HDFS renames a file atomically
      org.apache.hadoop.fs.Path dst = new org.apache.hadoop.fs.Path(uri);
      org.apache.hadoop.fs.Path tmp = new org.apache.hadoop.fs.Path(dst.getParent(),
          "." + dst.getName() + ".tmp-" + ProcessHandle.current().pid());
      try (FSDataOutputStream out = fs().create(tmp, true)) {
        out.write(bytes);
      }
      FileContext.getFileContext(root, conf).rename(tmp, dst, Options.Rename.OVERWRITE);
    }

    @Override
    public byte[] readSmall(String uri) throws IOException {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(uri);
      if (!fs().exists(p)) return null;
      try (InputStream in = fs().open(p)) {
        return in.readNBytes(1 << 20);
      }
    }

    @Override
    public Map<String, Long> list(String prefix) throws IOException {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(prefix);
      Map<String, Long> out = new TreeMap<>();
      if (!fs().exists(p)) return out;
      FileStatus st = fs().getFileStatus(p);
      if (!st.isDirectory()) return out;
      String base = st.getPath().toUri().getPath();
      RemoteIterator<LocatedFileStatus> it = fs().listFiles(p, true);
      while (it.hasNext()) {
        LocatedFileStatus f = it.next();
        String path = f.getPath().toUri().getPath();
        out.put(path.substring(base.length() + 1), f.getLen());
      }
      return out;
    }

    @Override
    public void deletePrefix(String prefix) throws IOException {
      fs().delete(new org.apache.hadoop.fs.Path(prefix), true);
    }
  }
}
