package kist.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import kist.content.AssetFile;
import kist.content.SourceFile;
import kist.diag.Diagnostic;
import kist.render.ThemeFiles;

/**
 * Everything a build reads from the disk, read up front: the pipeline after it touches no file
 * (except the compiled-template cache under {@code .kist/}).
 */
public record SiteSources(
        Path root,
        Optional<SourceFile> config,
        List<SourceFile> posts,
        List<SourceFile> pages,
        List<SourceFile> techniques,
        List<AssetFile> contentAssets,
        ThemeFiles theme,
        List<Diagnostic> readProblems) {

    public SiteSources {
        posts = List.copyOf(posts);
        pages = List.copyOf(pages);
        techniques = List.copyOf(techniques);
        contentAssets = List.copyOf(contentAssets);
        readProblems = List.copyOf(readProblems);
    }
}
