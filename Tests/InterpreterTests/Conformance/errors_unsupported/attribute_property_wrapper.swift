@propertyWrapper
struct Clamped { var wrappedValue: Double }
// expect error: 1:1 not supported in experiment blocks: the attribute '@propertyWrapper'
