Creator "igraph version 1.0.0 Tue Dec  1 15:18:24 2026"
Version 1
graph
[
  directed 0
  node
  [
    id 0
    name "Acciaiuoli"
    group "family"
    label "Acciaiuoli"
    priorates "53"
    totalties 2
    wealth 10
  ]
  node
  [
    id 1
    name "Albizzi"
    group "family"
    label "Albizzi"
    priorates "65"
    totalties 3
    wealth 36
  ]
  node
  [
    id 2
    name "Barbadori"
    group "family"
    label "Barbadori"
    priorates ""
    totalties 14
    wealth 55
  ]
  node
  [
    id 3
    name "Bischeri"
    group "family"
    label "Bischeri"
    priorates "12"
    totalties 9
    wealth 44
  ]
  node
  [
    id 4
    name "Castellani"
    group "family"
    label "Castellani"
    priorates "22"
    totalties 18
    wealth 20
  ]
  node
  [
    id 5
    name "Ginori"
    group "family"
    label "Ginori"
    priorates ""
    totalties 9
    wealth 32
  ]
  node
  [
    id 6
    name "Guadagni"
    group "family"
    label "Guadagni"
    priorates "21"
    totalties 14
    wealth 8
  ]
  node
  [
    id 7
    name "Lamberteschi"
    group "family"
    label "Lamberteschi"
    priorates "0"
    totalties 14
    wealth 42
  ]
  node
  [
    id 8
    name "Medici"
    group "family"
    label "Medici"
    priorates "53"
    totalties 54
    wealth 103
  ]
  node
  [
    id 9
    name "Pazzi"
    group "family"
    label "Pazzi"
    priorates ""
    totalties 7
    wealth 48
  ]
  node
  [
    id 10
    name "Peruzzi"
    group "family"
    label "Peruzzi"
    priorates "42"
    totalties 32
    wealth 49
  ]
  node
  [
    id 11
    name "Pucci"
    group "family"
    label "Pucci"
    priorates "0"
    totalties 1
    wealth 3
  ]
  node
  [
    id 12
    name "Ridolfi"
    group "family"
    label "Ridolfi"
    priorates "38"
    totalties 4
    wealth 27
  ]
  node
  [
    id 13
    name "Salviati"
    group "family"
    label "Salviati"
    priorates "35"
    totalties 5
    wealth 10
  ]
  node
  [
    id 14
    name "Strozzi"
    group "family"
    label "Strozzi"
    priorates "74"
    totalties 29
    wealth 146
  ]
  node
  [
    id 15
    name "Tornabuoni"
    group "family"
    label "Tornabuoni"
    priorates ""
    totalties 7
    wealth 48
  ]
  edge
  [
    source 8
    target 0
    weight 1
    type "marriage"
  ]
  edge
  [
    source 5
    target 1
    weight 1
    type "marriage"
  ]
  edge
  [
    source 6
    target 1
    weight 1
    type "marriage"
  ]
  edge
  [
    source 8
    target 1
    weight 1
    type "marriage"
  ]
  edge
  [
    source 4
    target 2
    weight 1
    type "marriage"
  ]
  edge
  [
    source 8
    target 2
    weight 1
    type "marriage"
  ]
  edge
  [
    source 6
    target 3
    weight 1
    type "marriage"
  ]
  edge
  [
    source 10
    target 3
    weight 1
    type "marriage"
  ]
  edge
  [
    source 14
    target 3
    weight 1
    type "marriage"
  ]
  edge
  [
    source 10
    target 4
    weight 1
    type "marriage"
  ]
  edge
  [
    source 14
    target 4
    weight 1
    type "marriage"
  ]
  edge
  [
    source 7
    target 6
    weight 1
    type "marriage"
  ]
  edge
  [
    source 15
    target 6
    weight 1
    type "marriage"
  ]
  edge
  [
    source 12
    target 8
    weight 1
    type "marriage"
  ]
  edge
  [
    source 13
    target 8
    weight 1
    type "marriage"
  ]
  edge
  [
    source 15
    target 8
    weight 1
    type "marriage"
  ]
  edge
  [
    source 13
    target 9
    weight 1
    type "marriage"
  ]
  edge
  [
    source 14
    target 10
    weight 1
    type "marriage"
  ]
  edge
  [
    source 14
    target 12
    weight 1
    type "marriage"
  ]
  edge
  [
    source 15
    target 12
    weight 1
    type "marriage"
  ]
  edge
  [
    source 4
    target 2
    weight 1
    type "business"
  ]
  edge
  [
    source 5
    target 2
    weight 1
    type "business"
  ]
  edge
  [
    source 8
    target 2
    weight 1
    type "business"
  ]
  edge
  [
    source 10
    target 2
    weight 1
    type "business"
  ]
  edge
  [
    source 6
    target 3
    weight 1
    type "business"
  ]
  edge
  [
    source 7
    target 3
    weight 1
    type "business"
  ]
  edge
  [
    source 10
    target 3
    weight 1
    type "business"
  ]
  edge
  [
    source 7
    target 4
    weight 1
    type "business"
  ]
  edge
  [
    source 10
    target 4
    weight 1
    type "business"
  ]
  edge
  [
    source 8
    target 5
    weight 1
    type "business"
  ]
  edge
  [
    source 7
    target 6
    weight 1
    type "business"
  ]
  edge
  [
    source 10
    target 7
    weight 1
    type "business"
  ]
  edge
  [
    source 9
    target 8
    weight 1
    type "business"
  ]
  edge
  [
    source 13
    target 8
    weight 1
    type "business"
  ]
  edge
  [
    source 15
    target 8
    weight 1
    type "business"
  ]
]
