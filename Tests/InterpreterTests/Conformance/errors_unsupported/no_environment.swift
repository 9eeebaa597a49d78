let env = ProcessInfo.processInfo.environment
// expect error: 1:11 cannot find 'ProcessInfo' in scope
