"""Which end-to-end tests do not apply to a cluster (scripts/cluster test), and why. conftest.py
skips them, with the reason, when PLEXE_CLUSTER_HOME is set; every other test runs against the
cluster as it does against one stack. Keyed by "file::test" (parameters ignored)."""

# Tests of one stack's own processes and files: its one responder (scripts/responder kill9,
# stop, start), its logs/app.log and run/app.pid, the ownership of its PLEXE_HOME. A cluster's
# nodes have their own (tests/e2e/test_cluster.py kills them), and the front's home has none.
ONE_STACK = {
    "test_analysis.py::test_job_survives_a_restart": "restarts the stack's one responder (test_cluster.py kills nodes)",
    "test_uploads.py::test_kill9_during_processing_then_restart_completes": "kills the stack's one responder (test_cluster.py kills nodes)",
    "test_queries.py::test_sigterm_lets_a_slow_request_finish": "stops the stack's one responder",
    "test_console.py::test_a_persons_whole_path": "reads the stack's logs/app.log (each node has its own)",
    "test_hardening.py::test_a_query_cannot_take_the_responders_memory": "reads the stack's run/app.pid",
    "test_hardening.py::test_log_lines_cannot_be_forged_through_a_path": "reads the stack's logs/app.log (each node has its own)",
    "test_hardening.py::test_a_failed_job_shows_a_code_and_no_internals": "reads the stack's logs/app.log (each node has its own)",
    "test_hardening_ops.py::test_what_the_service_writes_is_readable_by_the_service_alone": "checks the files of a one-stack home",
    "test_hardening_ops.py::test_security_headers_on_api_files_and_errors": "reads the stack's logs/app.log (each node has its own)",
    # Not about the API: the store script's own start-up checks, run in the first stage.
    "test_s3store.py": "tests scripts/s3store.sh itself (the first stage runs it); the cluster's store is already up",
}


def skip_reason(nodeid):
    path, _, name = nodeid.partition("::")
    file = path.rsplit("/", 1)[-1]
    name = name.split("[", 1)[0]
    return ONE_STACK.get(f"{file}::{name}") or ONE_STACK.get(file)
