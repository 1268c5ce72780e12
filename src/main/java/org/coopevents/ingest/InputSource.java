package org.coopevents.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The bytes of one input file, as the readers see them (raw, not decompressed). */
public interface InputSource {
  /** The name recorded in {@code input_file} columns. */
  String name();

  InputStream openStream() throws IOException;

  /** A seekable channel, or null when the file system cannot seek. */
  SeekableByteChannel openSeekable() throws IOException;

  /** A source over a local file. */
  static InputSource of(Path path) {
    return new InputSource() {
      @Override
      public String name() {
        return path.toString();
      }

      @Override
      public InputStream openStream() throws IOException {
        return Channels.newInputStream(openSeekable());
      }

      @Override
      public SeekableByteChannel openSeekable() throws IOException {
        return FileChannel.open(path, StandardOpenOption.READ);
      }
    };
  }
}
