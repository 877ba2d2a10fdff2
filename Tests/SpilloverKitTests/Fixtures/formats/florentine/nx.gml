graph [
  multigraph 1
  node [
    id 0
    label "Acciaiuoli"
    group "family"
    wealth 10
    priorates 53
    total_ties 2
  ]
  node [
    id 1
    label "Albizzi"
    group "family"
    wealth 36
    priorates 65
    total_ties 3
  ]
  node [
    id 2
    label "Barbadori"
    group "family"
    wealth 55
    total_ties 14
  ]
  node [
    id 3
    label "Bischeri"
    group "family"
    wealth 44
    priorates 12
    total_ties 9
  ]
  node [
    id 4
    label "Castellani"
    group "family"
    wealth 20
    priorates 22
    total_ties 18
  ]
  node [
    id 5
    label "Ginori"
    group "family"
    wealth 32
    total_ties 9
  ]
  node [
    id 6
    label "Guadagni"
    group "family"
    wealth 8
    priorates 21
    total_ties 14
  ]
  node [
    id 7
    label "Lamberteschi"
    group "family"
    wealth 42
    priorates 0
    total_ties 14
  ]
  node [
    id 8
    label "Medici"
    group "family"
    wealth 103
    priorates 53
    total_ties 54
  ]
  node [
    id 9
    label "Pazzi"
    group "family"
    wealth 48
    total_ties 7
  ]
  node [
    id 10
    label "Peruzzi"
    group "family"
    wealth 49
    priorates 42
    total_ties 32
  ]
  node [
    id 11
    label "Pucci"
    group "family"
    wealth 3
    priorates 0
    total_ties 1
  ]
  node [
    id 12
    label "Ridolfi"
    group "family"
    wealth 27
    priorates 38
    total_ties 4
  ]
  node [
    id 13
    label "Salviati"
    group "family"
    wealth 10
    priorates 35
    total_ties 5
  ]
  node [
    id 14
    label "Strozzi"
    group "family"
    wealth 146
    priorates 74
    total_ties 29
  ]
  node [
    id 15
    label "Tornabuoni"
    group "family"
    wealth 48
    total_ties 7
  ]
  edge [
    source 0
    target 8
    key 0
    weight 1.0
    type "marriage"
  ]
  edge [
    source 1
    target 5
    key 0
    weight 1.0
    type "marriage"
  ]
  edge [
    source 1
    target 6
    key 0
    weight 1.0
    type "marriage"
  ]
  edge [
    source 1
    target 8
    key 0
    weight 1.0
    type "marriage"
  ]
  edge [
    source 2
    target 4
    key 0
    weight 1.0
    type "marriage"
  ]
  edge [
    source 2
    target 4
    key 1
    weight 1.0
    type "business"
  ]
  edge [
    source 2
    target 8
    key 0
    weight 1.0
    type "marriage"
  ]
  edge [
    source 2
    target 8
    key 1
    weight 1.0
    type "business"
  ]
  edge [
    source 2
    target 5
    key 0
    weight 1.0
    type "business"
  ]
  edge [
    source 2
    target 10
    key 0
    weight 1.0
    type "business"
  ]
  edge [
    source 3
    target 6
    key 0
    weight 1.0
    type "marriage"
  ]
  edge [
    source 3
    target 6
    key 1
    weight 1.0
    type "business"
  ]
  edge [
    source 3
    target 10
    key 0
    weight 1.0
    type "marriage"
  ]
  edge [
    source 3
    target 10
    key 1
    weight 1.0
    type "business"
  ]
  edge [
    source 3
    target 14
    key 0
    weight 1.0
    type "marriage"
  ]
  edge [
    source 3
    target 7
    key 0
    weight 1.0
    type "business"
  ]
  edge [
    source 4
    target 10
    key 0
    weight 1.0
    type "marriage"
  ]
  edge [
    source 4
    target 10
    key 1
    weight 1.0
    type "business"
  ]
  edge [
    source 4
    target 14
    key 0
    weight 1.0
    type "marriage"
  ]
  edge [
    source 4
    target 7
    key 0
    weight 1.0
    type "business"
  ]
  edge [
    source 5
    target 8
    key 0
    weight 1.0
    type "business"
  ]
  edge [
    source 6
    target 7
    key 0
    weight 1.0
    type "marriage"
  ]
  edge [
    source 6
    target 7
    key 1
    weight 1.0
    type "business"
  ]
  edge [
    source 6
    target 15
    key 0
    weight 1.0
    type "marriage"
  ]
  edge [
    source 7
    target 10
    key 0
    weight 1.0
    type "business"
  ]
  edge [
    source 8
    target 12
    key 0
    weight 1.0
    type "marriage"
  ]
  edge [
    source 8
    target 13
    key 0
    weight 1.0
    type "marriage"
  ]
  edge [
    source 8
    target 13
    key 1
    weight 1.0
    type "business"
  ]
  edge [
    source 8
    target 15
    key 0
    weight 1.0
    type "marriage"
  ]
  edge [
    source 8
    target 15
    key 1
    weight 1.0
    type "business"
  ]
  edge [
    source 8
    target 9
    key 0
    weight 1.0
    type "business"
  ]
  edge [
    source 9
    target 13
    key 0
    weight 1.0
    type "marriage"
  ]
  edge [
    source 10
    target 14
    key 0
    weight 1.0
    type "marriage"
  ]
  edge [
    source 12
    target 14
    key 0
    weight 1.0
    type "marriage"
  ]
  edge [
    source 12
    target 15
    key 0
    weight 1.0
    type "marriage"
  ]
]
