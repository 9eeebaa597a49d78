// weave-worker: runs a note's experiments for the `weave` process that started it, over the
// socket on file descriptor 3 (see Worker/Supervisor.swift). Not meant to be run by hand.
import Worker

WorkerLoop.serve()
