//! Staff limited to countries, on the simulated network: a request's triage document follows the
//! request's country as it changes (storage here knows no country, so only the engine's carrying
//! it from the request can open the triage to them).

use super::*;

fn limited_to(user: &str, country: Country) -> Principal {
    let mut who = principal(user, Role::Agent);
    who.countries = vec![country];
    who
}

#[test]
fn a_triage_document_follows_its_request_into_a_limited_agents_country() {
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let (id, req) = request("alice", 40);
    let doc = create_on(&mut net, alice, &req, 1);
    let triage = id.document(DocKind::Triage);

    // In India, the request is nothing to an agent who handles Bangladesh.
    let ravi = net.join(limited_to("ravi", Country::Bangladesh));
    net.client_mut(ravi).want(doc, NOW);
    net.client_mut(ravi).want(triage, NOW);
    net.pump();
    for unseen in [doc, triage] {
        assert!(net.client(ravi).unavailable.contains(&unseen));
        assert!(net.client(ravi).engine.document(unseen).is_none());
    }

    // Moved to Bangladesh by its requester, it and its triage are theirs to see.
    edit_on(&mut net, alice, doc, |r| r.country = Country::Bangladesh);
    assert_eq!(
        net.stored_request(doc).map(|r| r.country),
        Some(Country::Bangladesh)
    );
    let again = net.join(limited_to("ravi", Country::Bangladesh));
    net.client_mut(again).want(doc, NOW);
    net.client_mut(again).want(triage, NOW);
    net.pump();
    assert!(net.client(again).engine.document(doc).is_some());
    assert!(net.client(again).engine.document(triage).is_some());
    assert!(net.client(again).unavailable.is_empty());

    // An agent of another country still sees neither.
    let other = net.join(limited_to("meera", Country::India));
    net.client_mut(other).want(triage, NOW);
    net.pump();
    assert!(net.client(other).unavailable.contains(&triage));
}
