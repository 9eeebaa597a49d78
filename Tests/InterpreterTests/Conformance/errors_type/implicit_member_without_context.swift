let x = .pi
// expect error: 1:10 reference to member 'pi' cannot be resolved without a contextual type
