protocol P: P {}
// expect error: 1:10 protocol 'P' refines itself
