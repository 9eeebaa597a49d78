let k = \.count
// expect error: 1:9 cannot infer key path type from context; consider explicitly specifying a root type
