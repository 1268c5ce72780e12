package org.coopevents.sink;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output on a real HDFS (a NameNode and a DataNode started in this JVM). */
class HdfsOutputTest {
  @TempDir static Path base;
  static MiniDFSCluster cluster;
  static String root;

  @BeforeAll
  static void startHdfs() throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.resolve("hdfs").toString());
    cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    cluster.waitActive();
    root = "hdfs://localhost:" + cluster.getNameNodePort();
  }

  @AfterAll
  static void stopHdfs() {
    if (cluster != null) cluster.shutdown();
  }

  @Test
  void theJobWritesItsRunAndCommitsLatest(@TempDir Path tmp) throws Exception {
    String dir = root + "/data/coopevents";
    RemoteStoreChecks.theJobPublishesThroughLatest(RemoteStore.forUri(dir), dir,
        RemoteStoreChecks.smallInput(tmp).toString());
  }

  @Test
  void aRunThatFailsAtAnyStepNeverShows(@TempDir Path tmp) throws Exception {
    String dir = root + "/data/steps";
    RemoteStoreChecks.failingEachStepKeepsThePreviousRun(RemoteStore.forUri(dir), dir, tmp);
  }
}
