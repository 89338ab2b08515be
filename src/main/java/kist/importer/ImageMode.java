package kist.importer;

/** What an import does with pictures Blogger hosts: leave their addresses, or bring them home. */
public enum ImageMode { KEEP, DOWNLOAD }
