import CBuildInfo

/// The version of this binary, from git when it was built (`plexe-data --version`, `/healthz`,
/// the OpenAPI document's `info.version`, `plexe_build_info` in `/metrics`, backup manifests).
package enum BuildVersion {
    package static let string: String = String(cString: plexe_build_version())
}
